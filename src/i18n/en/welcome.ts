// English UI strings: the welcome page, opened once at install.
export const welcome = {
  welcomeHeading: 'Welcome to Takedown Alert',
  welcomeIntro:
    'Takedown Alert warns you when you visit the address of a criminal platform that police have taken down, such as a forum that traded stolen data. It tells you what happened, who says so, and what to do.',
  welcomeStepHeading: "Show the full explanation instead of the browser's error page?",
  welcomeStepDone: 'Full warnings are on',
  welcomeAlready:
    'Takedown Alert already protects you: your browser stops every site on the list whose takedown is confirmed, and every possible copycat, before it loads. Without your permission it can only show its own short message there.',
  welcomeUpgrade:
    'With your permission, Takedown Alert shows its own page instead: what the site was, what happened, who says so and what you can do. The other sites on the list then get a short notice.',
  welcomeAllowButton: 'Yes, show the full explanation',
  welcomeSkip:
    "If you skip this, the confirmed sites are still stopped, with your browser's message, and sites that get only a notice are not marked. You can change this at any time in the settings.",
  welcomeDeclined:
    "You did not allow it. The confirmed sites on the list are still stopped, with your browser's own message.",
  welcomeGranted: 'Done: Takedown Alert shows its own warning on every site on the list.',
  welcomePinHeading: 'Keep the button in sight',
  welcomePinChrome:
    'Chrome hides new extensions in the puzzle-piece menu on the toolbar. Click the puzzle piece, then the pin next to Takedown Alert: its button then changes colour and shows a mark on a listed site.',
  welcomePinFirefox:
    'Firefox shows the Takedown Alert button on the toolbar. If you moved it away, right-click the toolbar, choose "Customize Toolbar…" and drag it back: the button changes colour and shows a mark on a listed site.',
  welcomeDoesHeading: 'What Takedown Alert does',
  welcomeDoes1:
    'A site whose takedown is confirmed, or a possible copycat, is stopped before it loads, with a page that says what happened and what to do.',
  welcomeDoes2:
    'Once you allow the listed sites, a former address of a platform, or a takedown that is not yet confirmed, gets a short notice on the page, and the toolbar button marks every listed site.',
  welcomeDoes3:
    'Every listing comes with its sources: police texts, quoted exactly, and the reports that name the address.',
  welcomeCatalogue: 'See every operation and domain on the list',
} as const;
