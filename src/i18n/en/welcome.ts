// English UI strings: the welcome page, opened once at install.
export const welcome = {
  welcomeHeading: 'Welcome to Takedown Alert',
  welcomeIntro: 'Takedown Alert warns you when you visit the address of a criminal platform that police have taken down, such as a forum that traded stolen data. It tells you what happened, who says so, and what to do.',
  welcomeStepHeading: 'One step: allow warnings',
  welcomeGranted: 'Done: Takedown Alert can warn you about every listed site ({count}).',
  welcomePinHeading: 'Keep the button in sight',
  welcomePinChrome: 'Chrome hides new extensions in the puzzle-piece menu on the toolbar. Click the puzzle piece, then the pin next to Takedown Alert: its button then changes colour and shows a mark on a listed site.',
  welcomePinFirefox: 'Firefox shows the Takedown Alert button on the toolbar. If you moved it away, right-click the toolbar, choose "Customize Toolbar…" and drag it back: the button changes colour and shows a mark on a listed site.',
  welcomeDoesHeading: 'What it does',
  welcomeDoes1: 'A confirmed takedown or a possible copycat is stopped before the page loads, with a warning page that says what happened and what to do.',
  welcomeDoes2: 'A former address of a platform gets a small notice on the page; the toolbar button marks every listed site.',
  welcomeDoes3: 'Every listing comes with its sources: police texts, quoted exactly, and the reports that name the address.',
  welcomeCatalogue: 'See every operation and domain on the list',
} as const;
