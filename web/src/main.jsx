import { render } from 'preact';
import './style.css';
import { App } from './app.jsx';
import { prefetch } from './api.js';
import { parseHash } from './router.js';
import { prefetchOverview } from './pages/overview.jsx';

// Who is signed in and, on an overview's address, the overview's data: asked for now, all
// at once, not one round trip after another.
prefetch('/me');
prefetchOverview(parseHash());
render(<App />, document.getElementById('app'));
