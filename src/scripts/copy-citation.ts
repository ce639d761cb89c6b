/**
 * "Kopieer" beside the APA reference of "Citeer deze pagina": copies the reference as plain text. Progressive
 * enhancement: the button is hidden in the HTML and shown only here, where the Clipboard API exists (a secure
 * page); without it a click on the reference still selects all of it (CiteThisPage.astro). A bundled module,
 * no inline handler, so the Content-Security-Policy allows it.
 */
for (const control of document.querySelectorAll<HTMLElement>('[data-copy-citation]')) {
  const reference = document.getElementById(control.dataset.copyCitation ?? '');
  const button = control.querySelector('button');
  const status = control.querySelector('[role="status"]');
  if (!reference || !button || !status || !navigator.clipboard) continue;
  control.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(reference.textContent!.replace(/\s+/g, ' ').trim());
      status.textContent = 'Gekopieerd.';
    } catch {
      status.textContent = 'Kopiëren lukte niet. Selecteer de verwijzing en kopieer haar zelf.';
    }
  });
}
