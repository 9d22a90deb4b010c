/**
 * Test scenarios: answers and what their result must show, kept in the database and
 * changed with an audit entry ({@link org.nextsteps.scenario.Scenarios}), run against any
 * release through the patient's own path from answers to a result, and checked the way
 * the shared scenario files are checked ({@link org.nextsteps.scenario.ScenarioCheck},
 * {@link org.nextsteps.scenario.Expectation},
 * {@link org.nextsteps.scenario.ScenarioFile}). An empty database starts with the shared
 * visible and clinical sets. The editor's scenario pages and publishing use this module;
 * it has no web of its own.
 */
package org.nextsteps.scenario;
