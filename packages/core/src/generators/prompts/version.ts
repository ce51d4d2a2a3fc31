/**
 * The version of the prompts, the output schemas and the markdown rendering. It is part of every
 * preview's cache key, so moving it retires every cached preview at once. Move it whenever the
 * system prompt, the user message, a section schema or the renderer changes what a preview says.
 */
export const PROMPT_VERSION = '2026-12-04.2';
