import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // <mbc-decision-aid> is a custom element, not a Vue component: Vue passes its attributes through
  // and does not warn "Failed to resolve component".
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'mbc-decision-aid' } } })],
});
