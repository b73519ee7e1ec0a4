package org.wsoatracker.shared.error;

/**
 * Work refused because as much of its kind as the service allows is already under way (a PDF being made, say):
 * answered with the styled "The service is busy" page, 503 and Retry-After, never a failure page. Nothing was
 * changed; the same request a minute later is likely to be served.
 */
public class ServiceBusyException extends RuntimeException {

	public ServiceBusyException(String message) {
		super(message);
	}

}
