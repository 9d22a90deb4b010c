/**
 * The editor area ({@code /editor/**}): the dashboard of the draft against the published
 * release, editing options and pathway rules, previews, test scenarios, publishing,
 * release history with diffs and roll-back, and the audit log. It changes drafts only
 * through the content, pathway and release modules' public services, and records every
 * change in the audit log in the same transaction.
 */
package org.nextsteps.editor;
