import '@kern-ux/native/dist/fonts/fira-sans.css';
import '@kern-ux/native/dist/kern.min.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useGermanErrors } from '../common/german-errors';
import { App } from './app/app';

useGermanErrors();

const container = document.getElementById('root');
if (!container) throw new Error('Element #root fehlt in index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
