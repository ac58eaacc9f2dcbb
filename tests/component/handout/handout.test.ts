import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FilterList from '../../../src/lib/components/handout/FilterList.svelte';
import QrCode from '../../../src/lib/components/handout/QrCode.svelte';
import TargetSummary from '../../../src/lib/components/handout/TargetSummary.svelte';
import { qrPicture } from '../../../src/lib/handout/qr';
import { targetSummary } from '../../../src/lib/handout/targetSummary';
import { data } from '../../unit/handout/shipped';

describe('QrCode', () => {
	it('is an image named for the link it encodes, drawn as one path', () => {
		const url = 'http://localhost/atlas/graph/?v=1&type=sector';
		render(QrCode, { text: url });
		const img = screen.getByRole('img', { name: 'QR code of the live view link' });
		const q = qrPicture(url);
		expect(img).toHaveAttribute('viewBox', `0 0 ${q.size} ${q.size}`);
		expect(img.querySelector('path')).toHaveAttribute('d', q.d);
	});
});

describe('FilterList', () => {
	it('lists the filters, or says there are none', () => {
		const { unmount } = render(FilterList, { filters: ['In ITU-D', 'Of type sector'] });
		expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
			'In ITU-D',
			'Of type sector'
		]);
		unmount();
		render(FilterList, { filters: [] });
		expect(screen.getByText('No filters')).toBeInTheDocument();
		expect(screen.queryByRole('list')).toBeNull();
	});
});

describe('TargetSummary', () => {
	it('draws one bar per status with its words and count, under one accessible name', () => {
		const s = targetSummary(data, null, 2026)!;
		render(TargetSummary, { summary: s, label: 'Targets by status' });
		const img = screen.getByRole('img', { name: 'Targets by status' });
		expect(img.querySelectorAll('rect')).toHaveLength(s.bars.length);
		for (const b of s.bars) {
			expect(img).toHaveTextContent(b.label);
			expect(img).toHaveTextContent(b.codes.join(', '));
		}
	});
});
