// Renderer entry: one document store, the host the page runs under, the shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DocStore } from './state/doc-store';
import { getHost } from './host';
import './styles.css';

const store = new DocStore();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} host={getHost()} />
  </StrictMode>,
);
