package org.nextsteps.editor;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.content.DoctorQuestion;
import org.nextsteps.content.TextKind;
import org.nextsteps.review.Review;
import org.nextsteps.review.ReviewState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: two-person clinical sign-off. A draft is submitted with the hazards its
 * changes touch; a clinical reviewer who did not change it approves it or sends it back;
 * only the approved draft, exactly, is published; each release keeps its safety case
 * summary; an administrator may publish without approval in an emergency, with a reason.
 */
class ReviewTests extends EditorTestSupport {

	static final String QUESTION = "q_pain_source";

	static final Pattern CHECKSUM = Pattern.compile("name=\"checksum\" value=\"([0-9a-f]+)\"");

	String checksum(StaffSession session) {
		Matcher m = CHECKSUM.matcher(session.get("/editor/publish").body());
		assertThat(m.find()).as("publish form").isTrue();
		return m.group(1);
	}

	void editQuestion(StaffSession author, String text) {
		TextForm form = TextForm.of(content.text(TextKind.QUESTION, QUESTION).orElseThrow());
		form.setBody(text);
		assertThat(author.post("/editor/texts/question/" + QUESTION, EditorForms.array(EditorForms.text(form)))
			.statusCode()).isEqualTo(302);
		// and its Spanish, without which nothing is published (issue 14)
		var spanish = content.spanishDrafts().get(text);
		assertThat(
				author
					.post("/editor/translations/" + org.nextsteps.content.DraftTranslation.hash(text), "spanish",
							"Pregunta de prueba en español.", "version", String.valueOf(spanish == null
									? org.nextsteps.content.ContentDrafts.NEVER_SAVED : spanish.version()))
					.statusCode())
			.isEqualTo(302);
	}

	long latest() {
		return reviews.latest().orElseThrow().id();
	}

	@Test
	void anApprovedDraftIsPublishedAndTheReleaseKeepsItsSignOff() {
		StaffSession author = signIn(Role.CLINICAL_REVIEWER);
		StaffSession reviewer = signIn(Role.CLINICAL_REVIEWER);
		StaffSession publisher = signIn(Role.PUBLISHER);
		String text = "Where do you think my pain comes from, and how could we find out?";
		editQuestion(author, text);
		long live = releases.current().id();
		// not approved: nothing is published
		HttpResponse<String> refused = publisher.post("/editor/publish", "note", "Clearer question", "checksum",
				checksum(publisher));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("has no clinical approval, so nothing was published");
		assertThat(releases.current().id()).isEqualTo(live);
		assertThat(publisher.get("/editor").body()).contains("These changes are not submitted for clinical review");
		// the change must cite a hazard it touches
		HttpResponse<String> uncited = author.post("/editor/review/submit", "summary", "A clearer question");
		assertThat(uncited.statusCode()).isEqualTo(400);
		assertThat(uncited.body()).contains("Cite a hazard for each of these changes", "question " + QUESTION);
		assertThat(author.post("/editor/review/submit", "summary", "A clearer question", "hazard", "H99").body())
			.contains("These are not hazards of the log: H99.");
		assertThat(
				author.post("/editor/review/submit", "summary", "A clearer question", "hazard", "H24", "hazard", "H34")
					.statusCode())
			.isEqualTo(302);
		Review submitted = reviews.latest().orElseThrow();
		assertThat(submitted.authors()).contains(author.username());
		assertThat(submitted.hazards()).containsExactly("H24", "H34");
		// the author cannot approve their own change, even as a reviewer
		String own = author.get("/editor/review").body();
		assertThat(own).contains("You changed or submitted this draft").doesNotContain("Approve this draft");
		HttpResponse<String> ownApproval = author.post("/editor/review/" + submitted.id() + "/approve");
		assertThat(ownApproval.statusCode()).isEqualTo(403);
		assertThat(ownApproval.body()).contains("you cannot approve it");
		// an editor cannot approve at all
		assertThat(signIn(Role.EDITOR).post("/editor/review/" + submitted.id() + "/approve").statusCode())
			.isEqualTo(403);
		// another reviewer approves
		assertThat(reviewer.get("/editor/review").body()).contains("Approve this draft", "Comment on Question");
		assertThat(reviewer.post("/editor/review/" + submitted.id() + "/approve", "comment", "Reads well").statusCode())
			.isEqualTo(302);
		assertThat(publisher.get("/editor/publish").body())
			.contains("Approved for publishing by " + reviewer.username());
		assertThat(publisher.get("/editor").body()).contains(reviewer.username() + " approved these changes");
		assertThat(publisher.post("/editor/publish", "note", "Clearer question", "checksum", checksum(publisher))
			.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().content().questions()).contains(new DoctorQuestion(QUESTION, text));
		assertThat(reviews.find(submitted.id()).orElseThrow().state()).isEqualTo(ReviewState.PUBLISHED);
		assertThat(reviews.signOff(live + 1).orElseThrow()).satisfies(s -> {
			assertThat(s.reviewedBy()).isEqualTo(reviewer.username());
			assertThat(s.authors()).contains(author.username());
			assertThat(s.hazards()).containsExactly("H24", "H34");
			assertThat(s.scenariosTotal()).isPositive().isEqualTo(s.scenariosPassed());
		});
		assertThat(publisher.get("/editor/releases").body()).contains("Approved by " + reviewer.username(),
				"Hazards cited: H24, H34");
		String log = signIn(Role.ADMIN).get("/editor/audit").body();
		assertThat(log).contains("Submitted the draft for clinical review", "Approved the draft");
	}

	@Test
	void aChangeAfterSubmittingNeedsANewSubmissionAndSendingBackNeedsAComment() {
		StaffSession author = signIn(Role.EDITOR);
		StaffSession reviewer = signIn(Role.CLINICAL_REVIEWER);
		editQuestion(author, "Where does my pain come from?");
		assertThat(author.post("/editor/review/submit", "summary", "Shorter", "hazard", "H24", "hazard", "H34")
			.statusCode()).isEqualTo(302);
		long first = latest();
		HttpResponse<String> noComment = reviewer.post("/editor/review/" + first + "/return");
		assertThat(noComment.statusCode()).isEqualTo(400);
		assertThat(noComment.body()).contains("Write a comment");
		assertThat(reviewer
			.post("/editor/review/" + first + "/return", "comment", "Too short",
					"fields[question:" + QUESTION + ":text]", "Say how we could find out")
			.statusCode()).isEqualTo(302);
		Review returned = reviews.find(first).orElseThrow();
		assertThat(returned.state()).isEqualTo(ReviewState.RETURNED);
		assertThat(returned.fieldComments()).singleElement()
			.satisfies(c -> assertThat(c.text()).isEqualTo("Say how we could find out"));
		assertThat(author.get("/editor/review").body()).contains("Sent back by " + reviewer.username(), "Too short",
				"Say how we could find out", "Question for the doctor " + QUESTION + ", Question");
		// resubmitted, then changed again: the approval can no longer be given
		assertThat(author.post("/editor/review/submit", "summary", "Longer", "hazard", "H24", "hazard", "H34")
			.statusCode()).isEqualTo(302);
		long second = latest();
		editQuestion(author, "Where does my pain come from, and how could we find out?");
		assertThat(author.get("/editor/review").body()).contains("The draft changed after");
		HttpResponse<String> stale = reviewer.post("/editor/review/" + second + "/approve");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("The draft changed after it was submitted");
	}

	@Test
	void onlyAnAdministratorPublishesWithoutApprovalAndOnlyWithAReason() {
		editQuestion(signIn(Role.EDITOR), "Where could my pain come from?");
		StaffSession publisher = signIn(Role.PUBLISHER);
		StaffSession admin = signIn(Role.ADMIN);
		long live = releases.current().id();
		assertThat(publisher
			.post("/editor/publish", "note", "Urgent", "checksum", checksum(publisher), "emergency", "true",
					"emergencyReason", "No reviewer")
			.statusCode()).isEqualTo(403);
		assertThat(admin.get("/editor/publish").body()).contains("Publish without clinical approval");
		HttpResponse<String> noReason = admin.post("/editor/publish", "note", "Urgent", "checksum", checksum(admin),
				"emergency", "true", "emergencyReason", " ");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("Say why this must be published without clinical approval.");
		assertThat(admin
			.post("/editor/publish", "note", "Urgent", "checksum", checksum(admin), "emergency", "true",
					"emergencyReason", "Unsafe wording must go tonight")
			.statusCode()).isEqualTo(302);
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().info().note()).contains(
				"Published by an administrator without clinical approval. Reason: Unsafe wording must go tonight");
		assertThat(reviews.signOff(live + 1).orElseThrow().emergencyReason())
			.isEqualTo("Unsafe wording must go tonight");
		assertThat(admin.get("/editor/releases").body()).contains("Published without approval:");
	}

}
