/**
 * The patient's result page as HTML: the parts every patient on a release shares,
 * rendered once per release from {@code patient/result-shell} and
 * {@code patient/result-parts} ({@link org.nextsteps.resultpage.ResultPages}), and joined
 * per result ({@link org.nextsteps.resultpage.ResultPage}). The patient pages and the
 * editor's preview both render {@code patient/result} with it, so a preview is exactly
 * the patient's page. No controllers here.
 */
package org.nextsteps.resultpage;
