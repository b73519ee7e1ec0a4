package org.wsoatracker.plan.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The form that uploads a plan table to change an existing plan: only the file.
 */
public class PlanRevisionForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
