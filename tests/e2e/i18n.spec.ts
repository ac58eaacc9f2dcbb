/**
 * The six languages: the locale in the route (`/ar/…`, English unprefixed), `lang` and `dir` on
 * <html>, the header in the page's language, the switch keeping the view state, links keeping
 * the locale, and the first visit following the browser's languages.
 */
import { expect, test } from './fixtures';

const html = (page: import('@playwright/test').Page) => page.locator('html');

test('Arabic pages are right to left, in Arabic, and axe clean', async ({ page, axe }) => {
	test.slow();
	await page.goto('ar/');
	await expect(html(page)).toHaveAttribute('lang', 'ar');
	await expect(html(page)).toHaveAttribute('dir', 'rtl');
	const nav = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
	await expect(nav.getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('aria-current', 'page');
	await expect(nav.getByRole('link', { name: 'البيانات' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'وضع العرض بالمسلاط' })).toBeVisible();
	// The header mirrors: the brand sits at the right-hand edge, the language switch left of it.
	const brand = await page.getByRole('link', { name: 'ITU Atlas' }).boundingBox();
	const width = page.viewportSize()!.width;
	expect(brand!.x + brand!.width).toBeGreaterThan(width * 0.8);
	// The views' own text is still English: marked so (an English voice, no reordering of its
	// punctuation and figures), while a status badge inside it is Arabic again.
	await expect(page.getByRole('main')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('main')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('main').locator('.badge[lang="ar"]').first()).toBeVisible();
	await axe(page, '/ar/');
});

test('Chinese pages are left to right, in Chinese, and axe clean', async ({ page, axe }) => {
	test.slow();
	await page.goto('zh/data/');
	await expect(html(page)).toHaveAttribute('lang', 'zh');
	await expect(html(page)).toHaveAttribute('dir', 'ltr');
	const nav = page.getByRole('navigation', { name: '主导航' });
	await expect(nav.getByRole('link', { name: '数据' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('contentinfo')).toContainText('并非国际电联的产品');
	await axe(page, '/zh/data/');
});

test('English pages have no prefix and say so on <html>', async ({ page }) => {
	await page.goto('graph/');
	await expect(html(page)).toHaveAttribute('lang', 'en');
	await expect(html(page)).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('links keep the language, in the menu and across client-side navigation', async ({ page }) => {
	await page.goto('fr/');
	await page
		.getByRole('navigation', { name: 'Principale' })
		.getByRole('link', { name: 'Données' })
		.click();
	await expect(page).toHaveURL(/\/atlas\/fr\/data\/$/);
	await expect(page.getByRole('link', { name: 'Données' })).toHaveAttribute('aria-current', 'page');
	await expect(html(page)).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('link', { name: 'Sources et licences' })).toHaveAttribute(
		'href',
		/\/atlas\/fr\/data\/$/
	);
});

test('a link of a view not localized yet still keeps the page in its language', async ({
	page
}) => {
	await page.goto('es/');
	// The home page's own text links the Data page with an English address.
	const link = page.getByRole('main').getByRole('link', { name: 'Data page' });
	await expect(link).toHaveAttribute('href', /^(\.\.\/)+data\/$|\/atlas\/data\/$/);
	await link.click();
	await expect(page).toHaveURL(/\/atlas\/es\/data\/$/);
	await expect(html(page)).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('link', { name: 'Datos' })).toHaveAttribute('aria-current', 'page');
});

test('the language switch opens the same page with the same state in another language', async ({
	page
}) => {
	await page.goto('data/?table=sources&proj=1');
	await page.locator('summary', { hasText: 'Language:' }).click();
	await page.getByRole('link', { name: 'Русский' }).click();
	await expect(page).toHaveURL(/\/atlas\/ru\/data\/\?table=sources&proj=1$/);
	await expect(html(page)).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('button', { name: 'Режим проектора' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// Back to English: remembered, so the page stays English on the next visit.
	await page.locator('summary', { hasText: 'Язык:' }).click();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/atlas\/data\/\?table=sources&proj=1$/);
	await expect(html(page)).toHaveAttribute('lang', 'en');
});

test.describe('a first visit from a French browser', () => {
	test.use({ locale: 'fr-FR' });

	test('opens the French page once, and never again after English is chosen', async ({ page }) => {
		await page.goto('timeline/');
		await expect(page).toHaveURL(/\/atlas\/fr\/timeline\/$/);
		await expect(html(page)).toHaveAttribute('lang', 'fr');
		await page.locator('summary', { hasText: 'Langue :' }).click();
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/atlas\/timeline\/$/);
		await page.goto('timeline/');
		await expect(page).toHaveURL(/\/atlas\/timeline\/$/);
		await expect(html(page)).toHaveAttribute('lang', 'en');
	});
});
