-- A headless Neovim 0.7 as a second, independent LSP client of `node dist/server.js --stdio`:
-- diagnostics, a quick-fix applied to the buffer, document symbols. Writes a JSON report to $DABIR_NVIM_OUT.
-- 0.7 quirks: no vim.lsp.start (start_client + buf_attach_client); vim.diagnostic columns are bytes, so the raw
-- UTF-16 ranges are kept from a wrapped publishDiagnostics handler.
local root = os.getenv('DABIR_ROOT')
local file = os.getenv('DABIR_NVIM_FILE')
local out = os.getenv('DABIR_NVIM_OUT')
local report = { checks = {}, errors = {} }

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd('qall!')
end

local function fail(msg)
  table.insert(report.errors, msg)
  finish()
end

local raw = nil -- the last publishDiagnostics params for our file, with UTF-16 ranges
local client_id = vim.lsp.start_client({
  name = 'dabir',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  -- Dabir checks plaintext, markdown and persian-news documents; Neovim would call a .txt file "text".
  get_language_id = function() return 'plaintext' end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and vim.uri_to_fname(result.uri) == file then raw = result end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not client_id then return fail('start_client failed') end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

-- 1. Diagnostics: generous bound, returns as soon as they arrive.
if not vim.wait(60000, function() return raw ~= nil and #raw.diagnostics > 0 end, 50) then
  return fail('no diagnostics within 60 s')
end
local codes = {}
for _, d in ipairs(raw.diagnostics) do codes[#codes + 1] = d.code end
report.checks.diagnostics = #raw.diagnostics
report.codes = codes

-- 2. A code action: the preferred fix of the diagnostic on «مشکو» (wrong dots for «مسکو»).
local client = vim.lsp.get_client_by_id(client_id)
local target = nil
for _, d in ipairs(raw.diagnostics) do
  local line = vim.api.nvim_buf_get_lines(bufnr, d.range.start.line, d.range.start.line + 1, false)[1]
  local s = vim.str_byteindex(line, d.range.start.character, true)
  local e = vim.str_byteindex(line, d.range['end'].character, true)
  -- One mistake, one finding: the name check's (the garbled check's joins it).
  if d.code:match('^name/') and line:sub(s + 1, e) == 'مشکو' then target = d break end
end
if not target then return fail('no name diagnostic on «مشکو»') end
local resp = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = target.range,
  context = { diagnostics = { target }, only = { 'quickfix' } },
}, 20000, bufnr)
if not resp or resp.err or not resp.result then return fail('codeAction request failed: ' .. vim.inspect(resp)) end
local preferred = nil
for _, a in ipairs(resp.result) do if a.isPreferred then preferred = a end end
if not preferred or not preferred.edit then return fail('no preferred code action with an edit') end
vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
report.checks.codeAction = preferred.title
report.fixedLine = vim.api.nvim_buf_get_lines(bufnr, target.range.start.line, target.range.start.line + 1, false)[1]

-- 3. Document symbols: the article's names, grouped by kind.
local sym = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 20000, bufnr)
if not sym or sym.err or not sym.result then return fail('documentSymbol request failed: ' .. vim.inspect(sym)) end
local names = {}
local function walk(list)
  for _, s in ipairs(list) do
    names[#names + 1] = s.name
    if s.children then walk(s.children) end
  end
end
walk(sym.result)
report.symbols = names

client.stop()
vim.wait(5000, function() return client.is_stopped() end, 50)
finish()
