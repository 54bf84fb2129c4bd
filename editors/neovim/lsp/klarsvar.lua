-- klarsvar for Neovim 0.11 and newer: with this folder (editors/neovim) on 'runtimepath',
--
--   vim.lsp.enable('klarsvar')
--
-- starts `klarsvar lsp` for text and Markdown buffers. Without a .klarsvar.json or .git above the file
-- the server still starts, for that file alone (Neovim 0.11 needs no workspace). Change any field with
-- vim.lsp.config('klarsvar', { … }) before enabling, e.g. the binary's path or the settings.
return {
  cmd = { 'klarsvar', 'lsp' },
  filetypes = { 'text', 'markdown' },
  root_markers = { '.klarsvar.json', '.git' },
  -- The keys of .klarsvar.json; sent as initializationOptions and answered to workspace/configuration.
  settings = { klarsvar = {} },
  init_options = { klarsvar = {} },
}
