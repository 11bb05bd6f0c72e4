import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadPage } from './app/router.tsx';
import { activateLanguage, initialLanguage } from './lib/i18n/activate-language.ts';
import './app/app.css';

const languageActivated = activateLanguage(initialLanguage());
preloadPage(window.location.pathname);
await languageActivated;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
