import { render } from 'preact';
import './style.css';
import { App } from './app.jsx';

render(<App />, document.getElementById('app'));
