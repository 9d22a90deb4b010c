package org.nextsteps.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.nextsteps.content.DraftOption;
import org.nextsteps.content.Evidence;
import org.nextsteps.content.OptionContent;
import org.nextsteps.content.Stage;
import org.nextsteps.content.StringListConverter;
import org.nextsteps.system.Coded;
import org.springframework.validation.Errors;

/**
 * Every field of an option as the form sends it: text as typed, lists one item a line.
 * Checked here against the columns' limits and the closed sets (stages, evidence,
 * priorities), then turned into {@link OptionContent}.
 */
public class OptionForm {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/**
	 * Field name, longest text. Lists are measured as typed, and once more as stored
	 * ({@link #LIST_COLUMNS}).
	 */
	private static final Object[][] LIMITS = { { "title", 200 }, { "summary", 400 }, { "involves", 20000 },
			{ "recovery", 4000 }, { "timeCommitment", 4000 }, { "reliefDuration", 4000 }, { "benefits", 15000 },
			{ "downsides", 15000 }, { "suits", 4000 }, { "notFor", 4000 }, { "evidenceNote", 2000 },
			{ "shortRecovery", 200 }, { "shortRelief", 200 }, { "mainDownside", 300 }, { "sources", 3000 } };

	/**
	 * The columns of the typed lists (V1__content_and_releases.sql). They hold JSON
	 * arrays, in which a quote takes two characters and a control character six, so a
	 * list short enough as typed may still not fit.
	 */
	private static final Map<String, Integer> LIST_COLUMNS = Map.of("benefits", 20000, "downsides", 20000, "sources",
			4000);

	private static final StringListConverter STORED_LIST = new StringListConverter();

	private String slug = "";

	private String stage = "";

	private String title = "";

	private String summary = "";

	private String involves = "";

	private String recovery = "";

	private String timeCommitment = "";

	private String reliefDuration = "";

	private String benefits = "";

	private String downsides = "";

	private String suits = "";

	private String notFor = "";

	private String evidence = "";

	private String evidenceNote = "";

	private String invasiveness = "";

	private String shortRecovery = "";

	private String shortRelief = "";

	private String mainDownside = "";

	private List<String> prioritiesGood = new ArrayList<>();

	private List<String> prioritiesPoor = new ArrayList<>();

	private String sources = "";

	private String lastReviewed = "";

	private int version;

	static OptionForm of(OptionContent o, int version) {
		OptionForm form = new OptionForm();
		form.slug = o.slug();
		form.stage = o.stage().code();
		form.title = o.title();
		form.summary = o.summary();
		form.involves = o.involves();
		form.recovery = o.recovery();
		form.timeCommitment = o.timeCommitment();
		form.reliefDuration = o.reliefDuration();
		form.benefits = Fields.lines(o.benefits());
		form.downsides = Fields.lines(o.downsides());
		form.suits = o.suits();
		form.notFor = o.notFor();
		form.evidence = o.evidence().code();
		form.evidenceNote = o.evidenceNote();
		form.invasiveness = String.valueOf(o.invasiveness());
		form.shortRecovery = o.shortRecovery();
		form.shortRelief = o.shortRelief();
		form.mainDownside = o.mainDownside();
		form.prioritiesGood = new ArrayList<>(o.priorities().good());
		form.prioritiesPoor = new ArrayList<>(o.priorities().poor());
		form.sources = Fields.lines(o.sources());
		form.lastReviewed = String.valueOf(o.lastReviewed());
		form.version = version;
		return form;
	}

	static OptionForm of(DraftOption draft) {
		return of(draft.content(), draft.version());
	}

	/**
	 * Rejects what cannot be saved. {@code urgentStageLocked}: the stage of an urgent
	 * option is tied to the disposition rules, and no other option may become urgent.
	 */
	void validate(Errors errors, boolean isNew, Set<String> takenSlugs, Set<String> priorityCodes, Stage savedStage) {
		if (isNew) {
			if (!SLUG.matcher(slug).matches() || slug.length() > 80) {
				errors.rejectValue("slug", "editor.option.error.slug");
			}
			else if (takenSlugs.contains(slug)) {
				errors.rejectValue("slug", "editor.option.error.slug-taken");
			}
		}
		Stage chosen = stage(stage);
		if (chosen == null) {
			errors.rejectValue("stage", "editor.option.error.stage");
		}
		else if ((chosen == Stage.URGENT) != (savedStage == Stage.URGENT)) {
			errors.rejectValue("stage", "editor.option.error.urgent");
		}
		for (Object[] limit : LIMITS) {
			String field = (String) limit[0];
			int max = (Integer) limit[1];
			String value = (String) errors.getFieldValue(field);
			if (value == null || value.isBlank()) {
				errors.rejectValue(field, "editor.option.error.required");
			}
			else if (value.length() > max || !fitsColumn(field, value)) {
				errors.rejectValue(field, "editor.option.error.too-long", new Object[] { max }, null);
			}
		}
		if (evidence(evidence) == null) {
			errors.rejectValue("evidence", "editor.option.error.evidence");
		}
		if (!invasiveness.matches("[1-5]")) {
			errors.rejectValue("invasiveness", "editor.option.error.invasiveness");
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
		if (date(lastReviewed) == null) {
			errors.rejectValue("lastReviewed", "editor.option.error.date");
		}
	}

	private static boolean fitsColumn(String field, String value) {
		Integer column = LIST_COLUMNS.get(field);
		return column == null || STORED_LIST.convertToDatabaseColumn(list(value)).length() <= column;
	}

	private static boolean hasRepeats(List<String> codes) {
		return codes.stream().distinct().count() < codes.size();
	}

	/**
	 * Only after {@link #validate} found nothing. The form does not edit guideline
	 * positions and outcome numbers yet: they come back empty, and a save keeps the
	 * stored ones ({@link OptionContent#withEvidenceDetail}).
	 */
	OptionContent toContent() {
		return new OptionContent(slug, stage(stage), title.strip(), summary.strip(), involves.strip(), recovery.strip(),
				timeCommitment.strip(), reliefDuration.strip(), list(benefits), list(downsides), suits.strip(),
				notFor.strip(), evidence(evidence), evidenceNote.strip(), Integer.parseInt(invasiveness),
				shortRecovery.strip(), shortRelief.strip(), mainDownside.strip(),
				new OptionContent.Priorities(prioritiesGood, prioritiesPoor), list(sources), date(lastReviewed),
				List.of(), List.of(), "");
	}

	static List<String> list(String lines) {
		return Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static Stage stage(String code) {
		return Coded.byCode(Stage.class, code).orElse(null);
	}

	private static Evidence evidence(String code) {
		return Coded.byCode(Evidence.class, code).orElse(null);
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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
		return title;
	}

	public void setTitle(String title) {
		this.title = nonNull(title);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = nonNull(summary);
	}

	public String getInvolves() {
		return involves;
	}

	public void setInvolves(String involves) {
		this.involves = nonNull(involves);
	}

	public String getRecovery() {
		return recovery;
	}

	public void setRecovery(String recovery) {
		this.recovery = nonNull(recovery);
	}

	public String getTimeCommitment() {
		return timeCommitment;
	}

	public void setTimeCommitment(String timeCommitment) {
		this.timeCommitment = nonNull(timeCommitment);
	}

	public String getReliefDuration() {
		return reliefDuration;
	}

	public void setReliefDuration(String reliefDuration) {
		this.reliefDuration = nonNull(reliefDuration);
	}

	public String getBenefits() {
		return benefits;
	}

	public void setBenefits(String benefits) {
		this.benefits = nonNull(benefits);
	}

	public String getDownsides() {
		return downsides;
	}

	public void setDownsides(String downsides) {
		this.downsides = nonNull(downsides);
	}

	public String getSuits() {
		return suits;
	}

	public void setSuits(String suits) {
		this.suits = nonNull(suits);
	}

	public String getNotFor() {
		return notFor;
	}

	public void setNotFor(String notFor) {
		this.notFor = nonNull(notFor);
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = nonNull(evidence);
	}

	public String getEvidenceNote() {
		return evidenceNote;
	}

	public void setEvidenceNote(String evidenceNote) {
		this.evidenceNote = nonNull(evidenceNote);
	}

	public String getInvasiveness() {
		return invasiveness;
	}

	public void setInvasiveness(String invasiveness) {
		this.invasiveness = nonNull(invasiveness);
	}

	public String getShortRecovery() {
		return shortRecovery;
	}

	public void setShortRecovery(String shortRecovery) {
		this.shortRecovery = nonNull(shortRecovery);
	}

	public String getShortRelief() {
		return shortRelief;
	}

	public void setShortRelief(String shortRelief) {
		this.shortRelief = nonNull(shortRelief);
	}

	public String getMainDownside() {
		return mainDownside;
	}

	public void setMainDownside(String mainDownside) {
		this.mainDownside = nonNull(mainDownside);
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
		return sources;
	}

	public void setSources(String sources) {
		this.sources = nonNull(sources);
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

	public void setVersion(int version) {
		this.version = version;
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
