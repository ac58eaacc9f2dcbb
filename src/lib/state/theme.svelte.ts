/** The colour theme the user picked: follow the system, or force light or dark. Saved in the browser. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'atlas-theme';

function read(): ThemeChoice {
	try {
		const v = localStorage.getItem(KEY);
		return v === 'light' || v === 'dark' ? v : 'system';
	} catch {
		return 'system';
	}
}

class Theme {
	choice = $state<ThemeChoice>('system');

	/** Reads the saved choice; call once in the browser. */
	init() {
		this.choice = read();
	}

	set(choice: ThemeChoice) {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'system') delete root.dataset.theme;
		else root.dataset.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, choice);
		} catch {
			/* storage blocked: the choice lasts for this page only */
		}
	}
}

export const theme = new Theme();
