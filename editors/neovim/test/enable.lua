-- Headless test for Neovim 0.11 and newer: `vim.lsp.enable('klarsvar')` with lsp/klarsvar.lua on the
-- runtime path starts the server for a letter in a folder with no project markers (single-file mode)
-- and shows its diagnostics. Run through test/run.sh.
local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  vim.opt.runtimepath:prepend(os.getenv('KLARSVAR_NVIM_ROOT'))
  vim.opt.swapfile = false
  vim.lsp.config('klarsvar', { cmd = { os.getenv('KLARSVAR_BINARY'), 'lsp' } })
  vim.lsp.enable('klarsvar')

  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('KLARSVAR_TEST_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local function has(code)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == code and d.source == 'klarsvar' then
        return true
      end
    end
    return false
  end
  if not vim.wait(20000, function() return has('plain-officialese') end, 50) then
    fail('no klarsvar diagnostics within 20 s through vim.lsp.enable (got ' .. #vim.diagnostic.get(bufnr) .. ')')
  end
  local clients = vim.lsp.get_clients({ bufnr = bufnr, name = 'klarsvar' })
  if #clients ~= 1 then
    fail('expected one klarsvar client, got ' .. #clients)
  end
end)
if not ok then
  fail(tostring(err))
end
print('klarsvar neovim 0.11 test: ok')
vim.cmd('qall!')
