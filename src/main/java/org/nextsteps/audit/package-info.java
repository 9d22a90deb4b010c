/**
 * The audit log: who changed what and when, field by field, kept forever. Other modules
 * write to it through {@link org.nextsteps.audit.AuditLog} inside their own transaction,
 * so a change and its record commit together.
 */
package org.nextsteps.audit;
