import { configure } from '@testing-library/react';

// `waitFor` and `findBy*` give up after one second by default. A draft is read over the in-process
// server and passes the guard before it is on screen, and on a loaded two-core CI machine that can
// take longer than a second. The assertions stay the same; only how long they may wait for the
// answer grows. A test that waits for a state that never comes still fails, after this timeout.
configure({ asyncUtilTimeout: 15_000 });
