// Runs first in <body>: lets GOV.UK Frontend styles know JavaScript is available (kept out of the page to honour
// the Content-Security-Policy, which allows no inline script).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
