/**
 * Formats one date and one number in the page's locale and zone, so that ICU's data is loaded off
 * the main thread (see intl-warm-up.ts), then says so.
 */
addEventListener('message', (event: MessageEvent<{ tag: string; timeZone: string }>) => {
	const { tag, timeZone } = event.data;
	try {
		new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(0);
		new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(1);
	} finally {
		postMessage('warm');
	}
});
