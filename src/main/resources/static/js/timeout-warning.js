// The GOV.UK timeout warning: two minutes before the session's idle limit, a modal dialog offers to stay signed in.
// "Stay signed in" asks the server for a page that touches the session (its idle time starts again). Without
// JavaScript the dialog never opens; a form sent after the session ended is kept on the server instead.
const dialog = document.getElementById('timeout-warning');

if (dialog && typeof dialog.showModal === 'function') {
  const sessionSeconds = Number(dialog.dataset.sessionSeconds);
  const warnSeconds = Math.min(120, sessionSeconds);
  const stay = dialog.querySelector('.app-timeout-dialog__stay');
  const ended = dialog.querySelector('.app-timeout-dialog__ended');
  const warning = dialog.querySelector('#timeout-warning-text');
  let warnTimer;
  let endTimer;

  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(() => {
      if (!dialog.open) {
        dialog.showModal();
      }
    }, (sessionSeconds - warnSeconds) * 1000);
    endTimer = setTimeout(() => {
      warning.hidden = true;
      ended.hidden = false;
      stay.hidden = true;
    }, sessionSeconds * 1000);
  };

  stay.addEventListener('click', async () => {
    try {
      const response = await fetch(dialog.dataset.keepAlive, { credentials: 'same-origin', cache: 'no-store' });
      if (response.ok && !response.redirected) {
        dialog.close();
        schedule();
        return;
      }
    } catch (error) {
      // the server could not be reached: say the session may have ended
    }
    warning.hidden = true;
    ended.hidden = false;
    stay.hidden = true;
  });

  schedule();
}
