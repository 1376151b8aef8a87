import { defineConfig } from 'vite';

// Vite's own esbuild compiles the TSX with React's automatic JSX runtime ("jsx": "react-jsx" in
// tsconfig.json). Add @vitejs/plugin-react for Fast Refresh while developing; the build needs nothing.
export default defineConfig({});
