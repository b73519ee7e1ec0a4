package org.wsoatracker.progress;

public record EvidenceView(long id, boolean link, String title, String url, String fileName, String contentType,
		Long sizeBytes) {
}
