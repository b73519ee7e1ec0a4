package org.wsoatracker.progress;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Evidence behind an update: a link, or a file kept in the database.
 */
@Entity
class Evidence {

	enum Kind {

		LINK, FILE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private String url;

	private String fileName;

	private String contentType;

	private Long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@Column(columnDefinition = "bytea")
	private byte[] content;

	private Instant addedAt;

	protected Evidence() {
	}

	static Evidence link(String title, String url, Instant now) {
		Evidence evidence = new Evidence();
		evidence.kind = Kind.LINK;
		evidence.title = title;
		evidence.url = url;
		evidence.addedAt = now;
		return evidence;
	}

	static Evidence file(String title, String fileName, String contentType, byte[] content, Instant now) {
		Evidence evidence = new Evidence();
		evidence.kind = Kind.FILE;
		evidence.title = title;
		evidence.fileName = fileName;
		evidence.contentType = contentType;
		evidence.content = content;
		evidence.sizeBytes = (long) content.length;
		evidence.addedAt = now;
		return evidence;
	}

	Long getId() {
		return this.id;
	}

	byte[] getContent() {
		return this.content;
	}

	EvidenceView toView() {
		return new EvidenceView(this.id, this.kind == Kind.LINK, this.title, this.url, this.fileName,
				this.contentType, this.sizeBytes);
	}

}
