package org.nextsteps.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;

import org.nextsteps.content.DraftOption;
import org.nextsteps.content.Evidence;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.OptionField;
import org.nextsteps.content.Stage;
import org.nextsteps.system.CodeOf;
import org.nextsteps.system.Coded;
import org.springframework.validation.Errors;

/**
 * Every field of an option as the form sends it: text as typed, lists one item a line.
 * Bean Validation checks each field on its own (the typed texts against their
 * {@link OptionField}, the codes against their closed sets); {@link #checkAgainstDraft}
 * what depends on the draft and the questionnaire. Then it becomes {@link OptionContent}.
 */
@OptionTexts
public class OptionForm extends MergeableForm {

	/** The checks of a new option only: its address name. */
	interface New {

	}

	/** Lower-case words and digits joined by hyphens, at most 80 characters. */
	static final String SLUG = "(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*";

	@Pattern(regexp = SLUG, message = "{editor.option.error.slug}", groups = New.class)
	private String slug = "";

	@CodeOf(value = Stage.class, message = "{editor.option.error.stage}")
	private String stage = "";

	/** The typed fields ({@link OptionField#typed()}), as typed. */
	private final Map<OptionField, String> texts = new EnumMap<>(OptionField.class);

	@CodeOf(value = Evidence.class, message = "{editor.option.error.evidence}")
	private String evidence = "";

	@Pattern(regexp = "[1-5]", message = "{editor.option.error.invasiveness}")
	private String invasiveness = "";

	private List<String> prioritiesGood = new ArrayList<>();

	private List<String> prioritiesPoor = new ArrayList<>();

	@IsoDate(message = "{editor.option.error.date}")
	private String lastReviewed = "";

	private int version;

	static OptionForm of(OptionContent o, int version) {
		OptionForm form = new OptionForm();
		form.slug = o.slug();
		form.stage = o.stage().code();
		OptionField.typed().forEach(field -> form.texts.put(field, field.text(o)));
		form.evidence = o.evidence().code();
		form.invasiveness = String.valueOf(o.invasiveness());
		form.prioritiesGood = new ArrayList<>(o.priorities().good());
		form.prioritiesPoor = new ArrayList<>(o.priorities().poor());
		form.lastReviewed = String.valueOf(o.lastReviewed());
		form.version = version;
		form.setBase(Fields.values(Fields.OPTION, o));
		return form;
	}

	static OptionForm of(DraftOption draft) {
		return of(draft.content(), draft.version());
	}

	@Override
	public String value(String property) {
		OptionField field = OptionField.byProperty(property).orElseThrow(() -> new IllegalArgumentException(property));
		return switch (field) {
			case STAGE -> stage.strip();
			case EVIDENCE -> evidence.strip();
			case INVASIVENESS -> invasiveness.strip();
			case LAST_REVIEWED -> lastReviewed.strip();
			case PRIORITIES_GOOD -> String.join("\n", prioritiesGood.stream().map(String::strip).sorted().toList());
			case PRIORITIES_POOR -> String.join("\n", prioritiesPoor.stream().map(String::strip).sorted().toList());
			default -> field.isList() ? Fields.lines(list(text(field))) : Fields.normalised(text(field));
		};
	}

	@Override
	public void set(String property, String value) {
		OptionField field = OptionField.byProperty(property).orElseThrow(() -> new IllegalArgumentException(property));
		switch (field) {
			case STAGE -> stage = value;
			case EVIDENCE -> evidence = value;
			case INVASIVENESS -> invasiveness = value;
			case LAST_REVIEWED -> lastReviewed = value;
			case PRIORITIES_GOOD -> prioritiesGood = new ArrayList<>(list(value));
			case PRIORITIES_POOR -> prioritiesPoor = new ArrayList<>(list(value));
			default -> texts.put(field, value);
		}
	}

	/** A typed field as typed. */
	String text(OptionField field) {
		return texts.getOrDefault(field, "");
	}

	/**
	 * Rejects what the draft and the questionnaire refuse, after Bean Validation: a
	 * {@code takenSlugs} slug for a new option; a change into or out of the urgent stage
	 * ({@code savedStage}, null for a new option), as the urgent options are tied to the
	 * disposition rules; priorities that are not {@code priorityCodes}, or ticked twice,
	 * or both served well and poorly.
	 */
	void checkAgainstDraft(Errors errors, Set<String> takenSlugs, Set<String> priorityCodes, Stage savedStage) {
		if (!errors.hasFieldErrors("slug") && takenSlugs.contains(slug)) {
			errors.rejectValue("slug", "editor.option.error.slug-taken");
		}
		if (!errors.hasFieldErrors("stage") && (stage(stage) == Stage.URGENT) != (savedStage == Stage.URGENT)) {
			errors.rejectValue("stage", "editor.option.error.urgent");
		}
		// each code at most once: the boxes are ticked, not counted (and all of them fit
		// the column just once)
		if (!priorityCodes.containsAll(prioritiesGood) || !priorityCodes.containsAll(prioritiesPoor)
				|| hasRepeats(prioritiesGood) || hasRepeats(prioritiesPoor)) {
			errors.rejectValue("prioritiesGood", "editor.option.error.priorities");
		}
		else if (prioritiesGood.stream().anyMatch(prioritiesPoor::contains)) {
			errors.rejectValue("prioritiesPoor", "editor.option.error.priorities-both");
		}
		checkEvidenceLines(errors);
	}

	private static boolean hasRepeats(List<String> codes) {
		return codes.stream().distinct().count() < codes.size();
	}

	/** Only when nothing was rejected. */
	OptionContent toContent() {
		return new OptionContent(slug, stage(stage), strip(OptionField.TITLE), strip(OptionField.SUMMARY),
				strip(OptionField.INVOLVES), strip(OptionField.RECOVERY), strip(OptionField.TIME_COMMITMENT),
				strip(OptionField.RELIEF_DURATION), list(text(OptionField.BENEFITS)), list(text(OptionField.DOWNSIDES)),
				strip(OptionField.SUITS), strip(OptionField.NOT_FOR),
				Coded.byCode(Evidence.class, evidence).orElseThrow(), strip(OptionField.EVIDENCE_NOTE),
				Integer.parseInt(invasiveness), strip(OptionField.SHORT_RECOVERY), strip(OptionField.SHORT_RELIEF),
				strip(OptionField.MAIN_DOWNSIDE), new OptionContent.Priorities(prioritiesGood, prioritiesPoor),
				list(text(OptionField.SOURCES)), IsoDate.Check.parse(lastReviewed),
				list(text(OptionField.GUIDANCE)).stream().map(org.nextsteps.content.Guidance::parseLine).toList(),
				list(text(OptionField.OUTCOMES)).stream().map(org.nextsteps.content.Outcome::parseLine).toList(),
				strip(OptionField.OUTCOMES_NOTE));
	}

	/**
	 * Each guideline position and each outcome number a line of its own form; at most
	 * {@link OptionField#MAX_EVIDENCE_LINES} of each. A bad line is named by its number.
	 */
	private void checkEvidenceLines(Errors errors) {
		checkLines(errors, OptionField.GUIDANCE, "editor.option.error.guidance-line",
				org.nextsteps.content.Guidance::parseLine);
		checkLines(errors, OptionField.OUTCOMES, "editor.option.error.outcome-line",
				org.nextsteps.content.Outcome::parseLine);
	}

	private void checkLines(Errors errors, OptionField field, String code,
			java.util.function.Function<String, ?> parse) {
		if (errors.hasFieldErrors(field.property())) {
			return;
		}
		List<String> lines = list(text(field));
		if (lines.size() > OptionField.MAX_EVIDENCE_LINES) {
			errors.rejectValue(field.property(), "editor.option.error.too-many-lines",
					new Object[] { OptionField.MAX_EVIDENCE_LINES }, null);
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			try {
				parse.apply(lines.get(i));
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue(field.property(), code, new Object[] { i + 1 }, null);
				return;
			}
		}
	}

	/** A typed text as stored ({@link Fields#normalised(String)}). */
	private String strip(OptionField field) {
		return Fields.normalised(text(field));
	}

	/** A typed list: one item a line, blank lines left out. */
	static List<String> list(String lines) {
		return OptionField.lines(lines);
	}

	private static Stage stage(String code) {
		return Coded.byCode(Stage.class, code).orElse(null);
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug.strip();
	}

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = nonNull(stage);
	}

	public String getTitle() {
		return text(OptionField.TITLE);
	}

	public void setTitle(String title) {
		texts.put(OptionField.TITLE, nonNull(title));
	}

	public String getSummary() {
		return text(OptionField.SUMMARY);
	}

	public void setSummary(String summary) {
		texts.put(OptionField.SUMMARY, nonNull(summary));
	}

	public String getInvolves() {
		return text(OptionField.INVOLVES);
	}

	public void setInvolves(String involves) {
		texts.put(OptionField.INVOLVES, nonNull(involves));
	}

	public String getRecovery() {
		return text(OptionField.RECOVERY);
	}

	public void setRecovery(String recovery) {
		texts.put(OptionField.RECOVERY, nonNull(recovery));
	}

	public String getTimeCommitment() {
		return text(OptionField.TIME_COMMITMENT);
	}

	public void setTimeCommitment(String timeCommitment) {
		texts.put(OptionField.TIME_COMMITMENT, nonNull(timeCommitment));
	}

	public String getReliefDuration() {
		return text(OptionField.RELIEF_DURATION);
	}

	public void setReliefDuration(String reliefDuration) {
		texts.put(OptionField.RELIEF_DURATION, nonNull(reliefDuration));
	}

	public String getBenefits() {
		return text(OptionField.BENEFITS);
	}

	public void setBenefits(String benefits) {
		texts.put(OptionField.BENEFITS, nonNull(benefits));
	}

	public String getDownsides() {
		return text(OptionField.DOWNSIDES);
	}

	public void setDownsides(String downsides) {
		texts.put(OptionField.DOWNSIDES, nonNull(downsides));
	}

	public String getSuits() {
		return text(OptionField.SUITS);
	}

	public void setSuits(String suits) {
		texts.put(OptionField.SUITS, nonNull(suits));
	}

	public String getNotFor() {
		return text(OptionField.NOT_FOR);
	}

	public void setNotFor(String notFor) {
		texts.put(OptionField.NOT_FOR, nonNull(notFor));
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = nonNull(evidence);
	}

	public String getEvidenceNote() {
		return text(OptionField.EVIDENCE_NOTE);
	}

	public void setEvidenceNote(String evidenceNote) {
		texts.put(OptionField.EVIDENCE_NOTE, nonNull(evidenceNote));
	}

	public String getInvasiveness() {
		return invasiveness;
	}

	public void setInvasiveness(String invasiveness) {
		this.invasiveness = nonNull(invasiveness);
	}

	public String getShortRecovery() {
		return text(OptionField.SHORT_RECOVERY);
	}

	public void setShortRecovery(String shortRecovery) {
		texts.put(OptionField.SHORT_RECOVERY, nonNull(shortRecovery));
	}

	public String getShortRelief() {
		return text(OptionField.SHORT_RELIEF);
	}

	public void setShortRelief(String shortRelief) {
		texts.put(OptionField.SHORT_RELIEF, nonNull(shortRelief));
	}

	public String getMainDownside() {
		return text(OptionField.MAIN_DOWNSIDE);
	}

	public void setMainDownside(String mainDownside) {
		texts.put(OptionField.MAIN_DOWNSIDE, nonNull(mainDownside));
	}

	public List<String> getPrioritiesGood() {
		return prioritiesGood;
	}

	public void setPrioritiesGood(List<String> prioritiesGood) {
		this.prioritiesGood = prioritiesGood == null ? new ArrayList<>() : new ArrayList<>(prioritiesGood);
	}

	public List<String> getPrioritiesPoor() {
		return prioritiesPoor;
	}

	public void setPrioritiesPoor(List<String> prioritiesPoor) {
		this.prioritiesPoor = prioritiesPoor == null ? new ArrayList<>() : new ArrayList<>(prioritiesPoor);
	}

	public String getSources() {
		return text(OptionField.SOURCES);
	}

	public void setSources(String sources) {
		texts.put(OptionField.SOURCES, nonNull(sources));
	}

	public String getGuidance() {
		return text(OptionField.GUIDANCE);
	}

	public void setGuidance(String guidance) {
		texts.put(OptionField.GUIDANCE, nonNull(guidance));
	}

	public String getOutcomes() {
		return text(OptionField.OUTCOMES);
	}

	public void setOutcomes(String outcomes) {
		texts.put(OptionField.OUTCOMES, nonNull(outcomes));
	}

	public String getOutcomesNote() {
		return text(OptionField.OUTCOMES_NOTE);
	}

	public void setOutcomesNote(String outcomesNote) {
		texts.put(OptionField.OUTCOMES_NOTE, nonNull(outcomesNote));
	}

	public String getLastReviewed() {
		return lastReviewed;
	}

	public void setLastReviewed(String lastReviewed) {
		this.lastReviewed = nonNull(lastReviewed);
	}

	public int getVersion() {
		return version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
