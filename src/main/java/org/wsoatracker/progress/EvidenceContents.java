package org.wsoatracker.progress;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The contents of evidence files, kept in a table of their own and read only when a file is downloaded: no read of
 * an update, its evidence or a period's updates ever loads them.
 */
@Component
class EvidenceContents {

	private final JdbcTemplate jdbc;

	EvidenceContents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the contents of the evidence file just added, in the transaction that adds it.
	 */
	void store(long evidenceId, byte[] content) {
		this.jdbc.update("insert into evidence_content (evidence_id, content) values (?, ?)", evidenceId, content);
	}

	/**
	 * The evidence file with its contents, if the evidence is a file.
	 */
	Optional<EvidenceFiles.Stored> file(long evidenceId) {
		return this.jdbc
			.query("select e.file_name, e.content_type, c.content from evidence e "
					+ "join evidence_content c on c.evidence_id = e.id where e.id = ? and e.kind = 'FILE'",
					(rs, n) -> new EvidenceFiles.Stored(rs.getString("file_name"), rs.getString("content_type"),
							rs.getBytes("content")),
					evidenceId)
			.stream()
			.findFirst();
	}

}
