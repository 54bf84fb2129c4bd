-- klarsvar for Neovim: starts `klarsvar lsp` for text and Markdown buffers.
-- Works on Neovim 0.7 (vim.lsp.start_client) and newer (vim.lsp.start when available).
local M = {}

local defaults = {
  -- The server command; `klarsvar` must be on PATH, or give a full path.
  cmd = { 'klarsvar', 'lsp' },
  -- Neovim filetypes to check; the server's `languages` setting must include the matching language ids.
  filetypes = { 'text', 'markdown' },
  -- Files that mark a project root (searched upwards from the buffer).
  root_markers = { '.klarsvar.json', '.git' },
  -- Server settings, the same keys as `.klarsvar.json`: rulePaths, packs, rules, placeholders, languages, kind.
  settings = {},
  -- Refresh the summary code lens ("LIX 48 · 3 löften …") on these events; {} turns it off.
  codelens_events = { 'BufEnter', 'InsertLeave', 'BufWritePost' },
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)
M.client_id = nil

-- Neovim calls plain text "text"; LSP calls it "plaintext".
local function language_id(_, filetype)
  if filetype == 'text' then
    return 'plaintext'
  end
  return filetype
end

local function find_root(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(M.config.root_markers) do
    local file = vim.fn.findfile(marker, dir .. ';')
    if file ~= '' then
      return vim.fn.fnamemodify(file, ':p:h')
    end
    local folder = vim.fn.finddir(marker, dir .. ';')
    if folder ~= '' then
      return vim.fn.fnamemodify(folder, ':p:h:h')
    end
  end
  return dir
end

local function client_config(bufnr)
  local root = find_root(bufnr)
  -- An empty Lua table would be sent as a JSON array; send an object.
  local settings = { klarsvar = next(M.config.settings) and M.config.settings or vim.empty_dict() }
  return {
    name = 'klarsvar',
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    init_options = settings,
    settings = settings,
    get_language_id = language_id,
    capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    on_attach = function(client, attached)
      if #M.config.codelens_events > 0 then
        vim.api.nvim_create_autocmd(M.config.codelens_events, {
          buffer = attached,
          callback = function()
            pcall(vim.lsp.codelens.refresh)
          end,
        })
        pcall(vim.lsp.codelens.refresh)
      end
      if M.config.on_attach then
        M.config.on_attach(client, attached)
      end
    end,
  }
end

--- Starts (or reuses) the klarsvar client and attaches it to a buffer.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local config = client_config(bufnr)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  -- Neovim 0.7: one client for the session, attached to each buffer.
  if M.client_id == nil or vim.lsp.get_client_by_id(M.client_id) == nil then
    M.client_id = vim.lsp.start_client(config)
  end
  if M.client_id then
    vim.lsp.buf_attach_client(bufnr, M.client_id)
  end
  return M.client_id
end

--- Configures klarsvar and attaches it to buffers of the configured filetypes.
function M.setup(options)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), options or {})
  local group = vim.api.nvim_create_augroup('klarsvar', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(event)
      M.attach(event.buf)
    end,
  })
  -- Buffers already open when setup runs.
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.tbl_contains(M.config.filetypes, vim.bo[bufnr].filetype) then
      M.attach(bufnr)
    end
  end
end

return M
