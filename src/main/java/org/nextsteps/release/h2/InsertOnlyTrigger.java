package org.nextsteps.release.h2;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard for published releases: refuses every UPDATE and DELETE
 * of a row of the table it is attached to (migration
 * {@code db/vendor/h2/V8_1__release_insert_only.sql}). H2 keeps this class name in the
 * database and loads the class whenever it opens the database: renaming or moving it
 * needs a migration that re-creates the trigger.
 */
public final class InsertOnlyTrigger implements Trigger {

	private String table = "";

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException((newRow == null ? "DELETE" : "UPDATE") + " refused: " + table
				+ " is insert-only (a published release never changes)", "23001");
	}

}
