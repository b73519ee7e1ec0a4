package org.wsoatracker.progress;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/**
 * Evidence behind an update: a link, or a file kept in the database (its contents apart, in
 * {@link EvidenceContents}).
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

	/** The contents of a file just added, until they are stored apart ({@link EvidenceContents}); never read back. */
	@Transient
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

	/**
	 * The contents of a file added in this transaction, to be stored apart once the evidence has its id.
	 */
	Optional<byte[]> takeNewContent() {
		Optional<byte[]> content = Optional.ofNullable(this.content);
		this.content = null;
		return content;
	}

	EvidenceView toView() {
		return new EvidenceView(this.id, this.kind == Kind.LINK, this.title, this.url, this.fileName,
				this.contentType, this.sizeBytes);
	}

}
