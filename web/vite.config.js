import { defineConfig } from 'vite';

export default defineConfig({
	build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
	server: { host: '127.0.0.1', port: 5173 },
	preview: { host: '127.0.0.1', port: 4173 },
});
