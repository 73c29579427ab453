/** Test support: reads iCalendar text back. */

/** A minimal reader: unfolds lines and unescapes TEXT, as a calendar application would. */
export function parseIcs(text: string): Record<string, string>[] {
	const lines = text
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | undefined;
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT') {
			events.push(current!);
			current = undefined;
		} else if (current) {
			const colon = line.indexOf(':');
			current[line.slice(0, colon)] = line
				.slice(colon + 1)
				.replace(/\\n/g, '\n')
				.replace(/\\([,;\\])/g, '$1');
		}
	}
	return events;
}
