import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { topics } from '../../data/topics';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp topics={topics} isFirefox={import.meta.env.FIREFOX} />
  </StrictMode>,
);
