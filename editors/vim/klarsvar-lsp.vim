" klarsvar for Vim with vim-lsp (prabirshrestha/vim-lsp).
" Copy to ~/.vim/plugin/ (or source it from your vimrc) after installing vim-lsp.

" The binary: a name on $PATH or a full path.
let g:klarsvar_path = get(g:, 'klarsvar_path', 'klarsvar')
" Vim filetypes to check. The server checks the language ids in g:klarsvar_settings.languages;
" vim-lsp sends the filetype as language id ("text", "markdown").
let g:klarsvar_filetypes = get(g:, 'klarsvar_filetypes', ['text', 'markdown'])
" Server settings: the same keys as .klarsvar.json.
let g:klarsvar_settings = get(g:, 'klarsvar_settings', {
      \ 'rulePaths': [],
      \ 'rules': {},
      \ 'languages': ['text', 'markdown'],
      \ })

function! s:klarsvar_root(server_info) abort
  let l:dir = lsp#utils#find_nearest_parent_file_directory(lsp#utils#get_buffer_path(), ['.klarsvar.json', '.git/'])
  return lsp#utils#path_to_uri(empty(l:dir) ? getcwd() : l:dir)
endfunction

augroup klarsvar_lsp
  autocmd!
  autocmd User lsp_setup call lsp#register_server({
        \ 'name': 'klarsvar',
        \ 'cmd': {server_info -> [expand(g:klarsvar_path), 'lsp']},
        \ 'allowlist': g:klarsvar_filetypes,
        \ 'root_uri': function('s:klarsvar_root'),
        \ 'initialization_options': g:klarsvar_settings,
        \ 'workspace_config': {'klarsvar': g:klarsvar_settings},
        \ })
augroup END
