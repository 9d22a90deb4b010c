/**
 * The pathway rules: a decision table edited as data
 * ({@link org.nextsteps.pathway.RuleDefinition}), validated and compiled once per release
 * ({@link org.nextsteps.pathway.RuleSetCompiler}), and run per assessment by
 * {@link org.nextsteps.pathway.Evaluator} into a disposition, ranked next steps,
 * explanations and doctor questions.
 */
@NullMarked
package org.nextsteps.pathway;

import org.jspecify.annotations.NullMarked;
