/** JSON for a `<script>` element (data or JSON-LD): `<` escaped so text can never close the element. */
export function jsonForScriptElement(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
