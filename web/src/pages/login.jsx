import { useState, useEffect } from 'preact/hooks';
import * as api from '../api.js';
import { TextField, ErrorBox } from '../ui.jsx';

export function LoginPage({ onSignedIn }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  useEffect(() => { document.title = 'Вход — Наставник'; }, []);
  const submit = async (e) => {
    e.preventDefault();
    setBusy(true); setError(null);
    try { onSignedIn(await api.login(login, password)); } catch (err) { setError(err); } finally { setBusy(false); }
  };
  return (
    <main id="main" class="login">
      <form class="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Наставник</h1>
        <p class="muted">Целевая модель наставничества: дорожные карты, мониторинг, отчёты.</p>
        <TextField label="Логин" value={login} onInput={setLogin} autocomplete="username" required autoFocus />
        <TextField label="Пароль" type="password" value={password} onInput={setPassword} autocomplete="current-password" required />
        <ErrorBox error={error} />
        <button type="submit" disabled={busy}>{busy ? 'Вход…' : 'Войти'}</button>
      </form>
    </main>
  );
}
