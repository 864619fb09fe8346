import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Treatment } from './App.tsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Treatment />
  </StrictMode>,
);
