/**
 * Two-person clinical sign-off (issue 16): a draft is submitted for review with the
 * hazards it touches; a clinical reviewer who did not change it approves it, or sends it
 * back with comments, field by field; only the approved draft, exactly, is published, and
 * each release keeps its safety case summary. The hazard log itself is read from
 * {@code docs/clinical-safety/hazard-log.md}, packaged with the app.
 */
package org.nextsteps.review;
