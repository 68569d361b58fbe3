import { render } from 'preact';
import './style.css';
import { App } from './app.jsx';
import { prefetch } from './api.js';
import { parseHash } from './router.js';
import { prefetchOverview } from './pages/overview.jsx';
import { lastHome } from './app.jsx';

// Who is signed in and, on an overview's address, the overview's data: asked for now, all
// at once, not one round trip after another. At the bare address (/), the home this browser
// was sent to last time (app.jsx keeps it; only the path, no person's data) is taken as the
// likely one: if GET /me then names another, what was asked for is simply not used.
prefetch('/me');
const route = parseHash();
prefetchOverview(route.parts.length ? route : parseHash('#' + lastHome()));
render(<App />, document.getElementById('app'));
