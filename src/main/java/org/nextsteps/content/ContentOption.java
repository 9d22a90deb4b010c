package org.nextsteps.content;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;

/**
 * The editable draft of one option. Published copies live in releases as
 * {@link OptionContent}.
 */
@Entity
@Table(name = "content_option")
class ContentOption extends EditableRecord {

	/** The columns of the benefit and downside lists (V1__content_and_releases.sql). */
	static final int LIST_LENGTH = 20000;

	static final int SOURCES_LENGTH = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 80)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Stage stage;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 400)
	private String summary;

	@Column(nullable = false, length = 20000)
	private String involves;

	@Column(nullable = false, length = 4000)
	private String recovery;

	@Column(name = "time_commitment", nullable = false, length = 4000)
	private String timeCommitment;

	@Column(name = "relief_duration", nullable = false, length = 4000)
	private String reliefDuration;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = LIST_LENGTH)
	private List<String> benefits;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = LIST_LENGTH)
	private List<String> downsides;

	@Column(nullable = false, length = 4000)
	private String suits;

	@Column(name = "not_for", nullable = false, length = 4000)
	private String notFor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Evidence evidence;

	@Column(name = "evidence_note", nullable = false, length = 2000)
	private String evidenceNote;

	@Column(nullable = false)
	private int invasiveness;

	@Column(name = "short_recovery", nullable = false, length = 200)
	private String shortRecovery;

	@Column(name = "short_relief", nullable = false, length = 200)
	private String shortRelief;

	@Column(name = "main_downside", nullable = false, length = 300)
	private String mainDownside;

	@Convert(converter = StringListConverter.class)
	@Column(name = "priorities_good", nullable = false, length = 400)
	private List<String> prioritiesGood;

	@Convert(converter = StringListConverter.class)
	@Column(name = "priorities_poor", nullable = false, length = 400)
	private List<String> prioritiesPoor;

	@Convert(converter = StringListConverter.class)
	@Column(nullable = false, length = SOURCES_LENGTH)
	private List<String> sources;

	@Column(name = "last_reviewed", nullable = false)
	private LocalDate lastReviewed;

	@Convert(converter = GuidanceListConverter.class)
	@Column(nullable = false, length = 8000)
	private List<Guidance> guidance;

	@Convert(converter = OutcomeListConverter.class)
	@Column(nullable = false, length = 8000)
	private List<Outcome> outcomes;

	@Column(name = "outcomes_note", nullable = false, length = 2000)
	private String outcomesNote;

	protected ContentOption() {
	}

	ContentOption(OptionContent content, int position, String by) {
		this.slug = content.slug();
		copy(content, position);
		touch(by);
	}

	/**
	 * Copies every field of {@code content} into this draft (the slug never changes). A
	 * row that already says the same is left alone, so its version and its last editor
	 * stay true.
	 */
	void apply(OptionContent content, int position, String by) {
		if (this.position == position && toContent().equals(content)) {
			return;
		}
		copy(content, position);
		touch(by);
	}

	private void copy(OptionContent content, int position) {
		this.stage = content.stage();
		this.position = position;
		this.title = content.title();
		this.summary = content.summary();
		this.involves = content.involves();
		this.recovery = content.recovery();
		this.timeCommitment = content.timeCommitment();
		this.reliefDuration = content.reliefDuration();
		this.benefits = List.copyOf(content.benefits());
		this.downsides = List.copyOf(content.downsides());
		this.suits = content.suits();
		this.notFor = content.notFor();
		this.evidence = content.evidence();
		this.evidenceNote = content.evidenceNote();
		this.invasiveness = content.invasiveness();
		this.shortRecovery = content.shortRecovery();
		this.shortRelief = content.shortRelief();
		this.mainDownside = content.mainDownside();
		this.prioritiesGood = List.copyOf(content.priorities().good());
		this.prioritiesPoor = List.copyOf(content.priorities().poor());
		this.sources = List.copyOf(content.sources());
		this.lastReviewed = content.lastReviewed();
		this.guidance = List.copyOf(content.guidance());
		this.outcomes = List.copyOf(content.outcomes());
		this.outcomesNote = content.outcomesNote();
	}

	OptionContent toContent() {
		return new OptionContent(slug, stage, title, summary, involves, recovery, timeCommitment, reliefDuration,
				benefits, downsides, suits, notFor, evidence, evidenceNote, invasiveness, shortRecovery, shortRelief,
				mainDownside, new OptionContent.Priorities(prioritiesGood, prioritiesPoor), sources, lastReviewed,
				guidance, outcomes, outcomesNote);
	}

	String slug() {
		return slug;
	}

	int position() {
		return position;
	}

	DraftOption toDraft() {
		return new DraftOption(toContent(), version(), updatedAt(), updatedBy());
	}

}
