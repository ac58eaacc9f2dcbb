/** A file that is not CSV at all gets one message for the whole file. */
import { describe, expect, it } from 'vitest';
import { errorsOf, goodFiles } from './helpers';

const good = goodFiles();
const withEntities = (text: string) => ({ ...good, 'entities.csv': text });

describe('a file that is not CSV gets one message', () => {
	const SAVE = 'save it from the spreadsheet as "CSV UTF-8 (comma-separated)"';
	it.each([
		['empty', '', /^the file is empty \(expected a header row: id,name,type,/],
		['blank', ' \n\n  \n', /^the file is empty/],
		[
			'binary',
			'PK\u0003\u0004\u0000\u0000\u0014\u0000' + 'x'.repeat(100),
			/^this is a spreadsheet or zip file, not CSV text; /
		],
		[
			'NUL bytes',
			'i\u0000d\u0000,\u0000n\u0000a\u0000m\u0000e\u0000\n'.repeat(20),
			/^this is not a text CSV file: it contains binary data/
		],
		[
			'control bytes',
			'\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(50),
			/^this is not a text CSV file: it contains binary data; /
		],
		[
			'JSON',
			'[{"id": "itu", "name": "ITU"}, {"id": "itu-d"}]',
			/^this looks like JSON, not a CSV file/
		],
		[
			'HTML',
			'<!DOCTYPE html>\n<html><body><table><tr><td>id</td></tr></table></body></html>\n'.repeat(30),
			/^this looks like a web page \(HTML or XML\)/
		],
		[
			'another table',
			'country,population\nFrance,68\nGhana,34\n'.repeat(50),
			/^the header row has none of the expected columns \(id, name, type, .*\); found "country", "population"\. Is this the right file/
		],
		[
			'semicolons',
			'id;name;type\nitu;ITU;organisation\n',
			/It looks separated by ";": save it as CSV with commas\.$/
		]
	])('%s', (_, text, message) => {
		const errors = errorsOf(withEntities(text));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'entities.csv', severity: 'error' });
		expect(errors[0]!.row).toBeUndefined();
		expect(errors[0]!.message).toMatch(message);
		if (_ === 'binary') expect(errors[0]!.message).toContain(SAVE);
	});
});
