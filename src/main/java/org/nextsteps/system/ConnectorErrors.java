package org.nextsteps.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors that Tomcat answers itself, before the application sees the request (a malformed
 * URL such as {@code %ZZ}, a bad header): a short page of our own with the same security
 * headers as every other page, and nothing about the server. Replaces Tomcat's report
 * valve on the host after Spring Boot has set up its own.
 */
@Component
class ConnectorErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	ConnectorErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		String page = page();
		factory.addContextCustomizers(context -> {
			Container parent = context.getParent();
			if (parent instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
				host.getPipeline().addValve(new SecureErrorReportValve(page));
			}
		});
	}

	/**
	 * The page, from the same messages as the application's own 400 page, escaped once.
	 */
	private String page() {
		String title = HtmlUtils.htmlEscape(text("error.400.title"));
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " - "
				+ HtmlUtils.htmlEscape(text("app.name")) + "</title></head><body><h1>" + title + "</h1><p>"
				+ HtmlUtils.htmlEscape(text("error.400.body")) + "</p><p><a href=\"/\">"
				+ HtmlUtils.htmlEscape(text("error.link.home")) + "</a></p></body></html>";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, Locale.ENGLISH);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Tomcat's own error report, with our security headers and a page that shows no
	 * server details.
	 */
	public static class SecureErrorReportValve extends ErrorReportValve {

		private final String page;

		/**
		 * For Tomcat, which makes one by name if it finds none: the page without its
		 * words.
		 */
		public SecureErrorReportValve() {
			this("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>400</title></head>"
					+ "<body><h1>400</h1></body></html>");
		}

		SecureErrorReportValve(String page) {
			this.page = page;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			SecurityHeaders.NOT_FRAMEABLE.writeHeaders(request, response);
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page);
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone or the response is committed: nothing more to send
			}
		}

	}

}
