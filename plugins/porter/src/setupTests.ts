import '@testing-library/jest-dom';

// Component tests drive whole dialogs; on a busy 2-core machine they need more than 5 s.
jest.setTimeout(30_000);
