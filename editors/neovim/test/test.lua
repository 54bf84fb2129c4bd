-- Headless end-to-end test: klarsvar's diagnostics and a quick fix in a real Neovim.
-- Run through test/run.sh, which sets KLARSVAR_BINARY, KLARSVAR_NVIM_ROOT and KLARSVAR_TEST_FILE.
local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

local ok, err = pcall(function()
  vim.opt.runtimepath:prepend(os.getenv('KLARSVAR_NVIM_ROOT'))
  vim.opt.swapfile = false
  require('klarsvar').setup({ cmd = { os.getenv('KLARSVAR_BINARY'), 'lsp', '--stdio' }, codelens_events = {} })

  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('KLARSVAR_TEST_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'markdown', 'filetype is ' .. vim.bo[bufnr].filetype)

  local function code_of(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  end
  local function find(code)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == code then
        return d
      end
    end
  end

  check(vim.wait(20000, function() return find('plain-officialese') ~= nil end, 50),
    'no klarsvar diagnostics within 20 s (got ' .. #vim.diagnostic.get(bufnr) .. ')')

  -- Expected findings and their ranges (Neovim converts the server's UTF-16 columns to bytes).
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local function locate(word)
    for index, line in ipairs(lines) do
      local start = line:find(word, 1, true)
      if start then
        return index - 1, start - 1, start - 1 + #word
      end
    end
    fail('text not found in the example: ' .. word)
  end
  local expected = {
    { 'plain-officialese', 'erhållit' },
    { 'commitment-no-deadline', 'Vi ser över schemat' },
    { 'tone-pseudo-apology', 'Vi beklagar om du har upplevt' },
  }
  for _, item in ipairs(expected) do
    local d = find(item[1])
    check(d ~= nil, 'missing diagnostic ' .. item[1])
    local line, col, end_col = locate(item[2])
    check(d.lnum == line and d.col == col and d.end_col == end_col,
      string.format('%s at %d:%d-%d, expected %d:%d-%d', item[1], d.lnum, d.col, d.end_col, line, col, end_col))
    check(d.source == 'klarsvar', item[1] .. ' source is ' .. tostring(d.source))
  end
  check(find('referral-complaint-ivo') ~= nil, 'missing diagnostic referral-complaint-ivo')

  -- Quick fix: replace "erhållit" with "fått" through a code action.
  local line, col = locate('erhållit')
  local client = vim.lsp.get_client_by_id(require('klarsvar').client_id) or (vim.lsp.get_clients or vim.lsp.get_active_clients)({ name = 'klarsvar' })[1]
  check(client ~= nil, 'no klarsvar client')
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = line, character = 0 }, ['end'] = { line = line, character = 0 } },
    context = { diagnostics = {} },
  }
  -- Column 0 of the line may not touch the finding; ask for the whole line instead.
  params.range['end'].character = #lines[line + 1]
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  check(responses ~= nil, 'no code action response')
  local action
  for _, response in pairs(responses) do
    for _, candidate in ipairs(response.result or {}) do
      if candidate.title:find('fått', 1, true) then
        action = candidate
      end
    end
  end
  check(action ~= nil, 'no quick fix offering "fått"')
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')

  local fixed = vim.api.nvim_buf_get_lines(bufnr, line, line + 1, false)[1]
  check(fixed:find('vi har fått liknande synpunkter', 1, true) ~= nil, 'line after the fix: ' .. fixed)
  check(fixed:find('erhållit', 1, true) == nil, 'the old word is still there: ' .. fixed)

  -- The server re-lints the edited text: the finding disappears, the others stay.
  check(vim.wait(10000, function() return find('plain-officialese') == nil end, 50),
    'plain-officialese still reported after the fix')
  check(find('commitment-no-deadline') ~= nil, 'other findings vanished after the fix')
  io.stdout:write('klarsvar neovim test: ok (' .. #vim.diagnostic.get(bufnr) .. ' diagnostics, quick fix applied)\n')
end)

if not ok then
  fail(tostring(err))
end
vim.cmd('qall!')
