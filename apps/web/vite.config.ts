import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // The SPA's own TypeScript modules have no import side effects, so a module that is only
        // re-exported by a module's index.ts (e.g. the user menu of the lazy app shell) is not
        // pulled into the first download. Packages keep their own "sideEffects" declarations.
        moduleSideEffects: (id: string) =>
          /\/apps\/web\/src\/.+\.tsx?$/.test(id) && !id.endsWith('/main.tsx') ? false : undefined,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': backend,
      '/api': backend,
    },
  },
});
